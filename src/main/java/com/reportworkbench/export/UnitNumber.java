package com.reportworkbench.export;

import java.math.BigDecimal;

/** A number shown with its unit in the workbook (numeric cell, unit in the display format); plain in CSV. */
record UnitNumber(BigDecimal value, String unit) {}
