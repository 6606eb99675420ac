package org.stancetracker.api.startup;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import org.jboss.logging.Logger;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.reference.ReferenceDataLoader;

/**
 * Brings the reference tables up to the bundled reference data file at start, after the migrations.
 * It says nothing of being ready: this runs before the HTTP server listens. {@code stance serve} says
 * so once the port accepts connections; run alone, Quarkus logs "Listening on" then.
 */
@ApplicationScoped
public class ReferenceDataSync {
    private static final Logger LOG = Logger.getLogger(ReferenceDataSync.class);

    void onStart(@Observes StartupEvent event, AgroalDataSource dataSource) throws SQLException {
        ReferenceDataFile file = ReferenceDataFile.bundled();
        boolean changed = new ReferenceDataLoader(dataSource).load(file);
        LOG.infof("Reference data %s %s", file.data().version(), changed ? "loaded" : "already current");
    }
}
