package org.stancetracker.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;

/** What the embedded database under a STANCE_HOME holds, read with SQL after the CLI has run. */
final class StoredArticles {
    private StoredArticles() {}

    /** The keys ({@code source:id}) of every stored article, sorted. */
    static List<String> keys(Path home) throws SQLException {
        try (Database database = Database.open(DatabaseSettings.embeddedAt(home));
                Connection c = database.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT source || ':' || external_id FROM article ORDER BY 1")) {
            List<String> keys = new ArrayList<>();
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
            return keys;
        }
    }
}
