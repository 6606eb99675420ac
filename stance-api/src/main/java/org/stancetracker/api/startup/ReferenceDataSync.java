package org.stancetracker.api.startup;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.reference.ReferenceDataLoader;

/** Brings the reference tables up to the bundled reference data file at start, after the migrations. */
@ApplicationScoped
public class ReferenceDataSync {
    private static final Logger LOG = Logger.getLogger(ReferenceDataSync.class);

    void onStart(
            @Observes StartupEvent event,
            AgroalDataSource dataSource,
            @ConfigProperty(name = "quarkus.http.port") int port)
            throws SQLException {
        ReferenceDataFile file = ReferenceDataFile.bundled();
        boolean changed = new ReferenceDataLoader(dataSource).load(file);
        LOG.infof("Reference data %s %s", file.data().version(), changed ? "loaded" : "already current");
        LOG.infof(
                "Stance tracker ready: http://localhost:%1$d/ (the page), http://localhost:%1$d/q/swagger-ui (the API)",
                port);
    }
}
