package com.reportworkbench.store;

/** Who proposed a figure: the extractor, or an analyst who added one it missed. */
public enum Origin {
    MACHINE, ANALYST
}
