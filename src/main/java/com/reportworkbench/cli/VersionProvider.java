package com.reportworkbench.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest at build time ("dev" when run from classes). */
public final class VersionProvider implements IVersionProvider {
    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"report-workbench " + version()};
    }
}
