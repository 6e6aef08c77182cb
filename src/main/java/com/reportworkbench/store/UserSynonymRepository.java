package com.reportworkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** Phrases an analyst mapped to a core indicator, remembered for future imports. */
public final class UserSynonymRepository {
    private final Store store;

    UserSynonymRepository(Store store) {
        this.store = store;
    }

    /** phrase → indicator id, in the order they were added. */
    public Map<String, String> all() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT phrase, indicator FROM user_synonym ORDER BY created_at, phrase");
                    ResultSet rs = ps.executeQuery()) {
                Map<String, String> out = new LinkedHashMap<>();
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
                return out;
            }
        });
    }

    public void put(String phrase, String indicatorId) {
        String p = phrase.trim();
        if (p.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        store.write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM user_synonym WHERE phrase = ?")) {
                del.setString(1, p);
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO user_synonym (phrase, indicator, created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, p);
                ps.setString(2, indicatorId);
                ps.setTimestamp(3, Sql.now());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public boolean remove(String phrase) {
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM user_synonym WHERE phrase = ?")) {
                ps.setString(1, phrase.trim());
                return ps.executeUpdate() == 1;
            }
        });
    }
}
