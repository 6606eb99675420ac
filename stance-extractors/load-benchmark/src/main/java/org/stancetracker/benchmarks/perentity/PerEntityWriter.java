package org.stancetracker.benchmarks.perentity;

import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.stance.Finding;
import org.stancetracker.core.stance.Stance;
import org.stancetracker.db.Database;
import org.stancetracker.db.store.ArticleStore.Extracted;

/**
 * Writes extracted articles the way an ORM application would: one transaction per batch with its
 * progress mark, as the bulk path, but every article, stance and finding its own {@code persist}.
 * Identity keys mean one INSERT round trip each (Hibernate cannot batch inserts whose ids the
 * database assigns), after a lookup of the article's key to skip one already stored.
 */
final class PerEntityWriter implements AutoCloseable {
    private final SessionFactory sessions;

    PerEntityWriter(Database database) {
        this.sessions = sessionFactory(database);
    }

    /** Stores a batch; returns {articles stored, stances stored}. */
    long[] write(List<Extracted> batch, String inputKey, long recordsDone) {
        long[] stored = new long[2];
        sessions.inTransaction(session -> {
            for (Extracted e : batch) {
                if (persist(session, e)) {
                    stored[0]++;
                    stored[1] += e.stances().size();
                }
            }
            LoadProgressEntity mark = new LoadProgressEntity();
            mark.inputKey = inputKey;
            mark.recordsDone = recordsDone;
            session.merge(mark);
        });
        return stored;
    }

    @Override
    public void close() {
        sessions.close();
    }

    private static SessionFactory sessionFactory(Database database) {
        return new Configuration()
                .addAnnotatedClass(ArticleEntity.class)
                .addAnnotatedClass(StanceEntity.class)
                .addAnnotatedClass(EvidenceEntity.class)
                .addAnnotatedClass(LoadProgressEntity.class)
                .setProperty(AvailableSettings.JAKARTA_JDBC_URL, database.url())
                .setProperty(AvailableSettings.JAKARTA_JDBC_USER, database.user())
                .setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, database.password() == null ? "" : database.password())
                .setProperty(AvailableSettings.SHOW_SQL, "false")
                .buildSessionFactory();
    }

    private static boolean persist(Session session, Extracted e) {
        Article a = e.article();
        boolean present = !session.createSelectionQuery(
                        "select 1 from ArticleEntity where source = :source and externalId = :id", Integer.class)
                .setParameter("source", a.key().source()).setParameter("id", a.key().externalId())
                .getResultList().isEmpty();
        if (present) {
            return false;
        }
        ArticleEntity article = new ArticleEntity();
        article.source = a.key().source();
        article.externalId = a.key().externalId();
        article.url = a.url().orElse(null);
        article.title = a.title().orElse(null);
        article.published = a.published().orElse(null);
        article.body = a.text();
        article.contentHash = a.contentHash().hex();
        session.persist(article);
        for (Stance s : e.stances()) {
            StanceEntity stance = new StanceEntity();
            stance.article = article;
            stance.actorCode = s.actor().value();
            stance.topicId = s.topic().value();
            stance.positionId = s.position().value();
            stance.polarity = s.polarity().word();
            stance.stanceDate = s.date().date().orElse(null);
            stance.datePrecision = s.date().precision().word();
            stance.evidence = s.evidence().text();
            stance.evidenceStart = s.evidence().start();
            stance.evidenceEnd = s.evidence().end();
            stance.extractorName = s.extractor().name();
            stance.extractorVersion = s.extractor().version();
            stance.confidence = s.confidence();
            session.persist(stance);
            for (Finding f : s.findings()) {
                EvidenceEntity evidence = new EvidenceEntity();
                evidence.stance = stance;
                evidence.extractorName = f.extractor().name();
                evidence.extractorVersion = f.extractor().version();
                evidence.evidence = f.evidence().text();
                evidence.evidenceStart = f.evidence().start();
                evidence.evidenceEnd = f.evidence().end();
                evidence.stanceDate = f.date().date().orElse(null);
                evidence.datePrecision = f.date().precision().word();
                evidence.confidence = f.confidence();
                session.persist(evidence);
            }
        }
        // Keeps the session's first-level cache from growing over the batch, as a careful ORM loader would.
        session.flush();
        session.clear();
        return true;
    }
}
