package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;

/**
 * A directory of text files, one article each, is stored in batches like JSON Lines, not one
 * transaction per file: the articles' inserting transactions ({@code xmin}) are as few as the batches.
 * A second load of the same directory stores nothing and says so.
 */
class TextDirectoryBatchesTest {
    @TempDir
    Path home;

    @Test
    void text_files_share_transactions_and_a_second_load_skips_them_all() throws Exception {
        Path archive = Files.createDirectories(home.resolve("archive"));
        int files = 120;
        for (int i = 0; i < files; i++) {
            Files.writeString(
                    archive.resolve(String.format("note-%03d.txt", i)),
                    "Bulletin " + i + ". Ankara called on Monday for a ceasefire in Idlib, officials said.\n");
        }

        CliRun first = CliRun.run(home, "load", "--batch-size", "50", archive.toString());
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCode.OK);
        assertThat(first.out()).contains("read " + files + ", loaded " + files + ",");

        try (Database database = Database.open(DatabaseSettings.embeddedAt(home));
                Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT count(DISTINCT xmin::text), count(*) FROM article WHERE external_id LIKE 'note-%'")) {
            rs.next();
            assertThat(rs.getLong(2)).isEqualTo(files);
            // 120 articles in batches of 50: three transactions, where there were 120.
            assertThat(rs.getLong(1)).isLessThanOrEqualTo(3);
        }

        CliRun second = CliRun.run(home, "load", "--batch-size", "50", archive.toString());
        assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCode.OK);
        assertThat(second.out()).contains("loaded 0, skipped " + files + " already present");
    }
}
