package com.reportworkbench.store;

import com.reportworkbench.text.AdminLevel;

/**
 * What a bulk edit sets on each selected document: only the non-null fields change. Setting the region
 * also sets its code (from the division data) unless {@code regionCode} is given.
 */
public record MetadataEdit(String region, String regionCode, AdminLevel level, Integer year) {
    public boolean isEmpty() {
        return region == null && regionCode == null && level == null && year == null;
    }
}
