package com.reportworkbench.store;

/**
 * The fields of a figure an analyst can change. Each maps to a column of the figure table and, for
 * the machine's proposal, to its m_ column; history rows store values as text.
 */
public enum FigureField {
    VALUE("figure_value", "m_value"),
    VALUE_HIGH("value_high", "m_value_high"),
    UNIT("unit", "m_unit"),
    BASE_VALUE("base_value", "m_base_value"),
    QUALIFIER("qualifier", "m_qualifier"),
    KIND("figure_kind", "m_kind"),
    ESTIMATED("estimated", "m_estimated"),
    INDICATOR("indicator", "m_indicator"),
    INDICATOR_TEXT("indicator_text", "m_indicator_text"),
    PERIOD("period_label", "m_period"),
    STATUS("review_status", null),
    REMOVED("removed", null);

    private final String column;
    private final String machineColumn;

    FigureField(String column, String machineColumn) {
        this.column = column;
        this.machineColumn = machineColumn;
    }

    String column() {
        return column;
    }

    /** The column holding the machine's proposal, or null for bookkeeping fields. */
    String machineColumn() {
        return machineColumn;
    }

    /** A change to a content field turns a proposal into an analyst's edit. */
    public boolean isContent() {
        return machineColumn != null;
    }

    boolean isDecimal() {
        return this == VALUE || this == VALUE_HIGH || this == BASE_VALUE;
    }

    boolean isBoolean() {
        return this == ESTIMATED || this == REMOVED;
    }
}
