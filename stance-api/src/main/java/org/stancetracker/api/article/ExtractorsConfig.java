package org.stancetracker.api.article;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Optional;

/**
 * Which extractors {@code POST /api/articles} runs, set up as the CLI's are: the built-in ones, the
 * plugin jars of {@code $STANCE_HOME/plugins} (or of {@code plugins}), and settings given as
 * {@code stance.extractors.setting."NAME.KEY"=VALUE}, as {@code --extractor-setting NAME.KEY=VALUE} is.
 * {@code stance serve --plugins DIR --extractor-setting ...} passes its own here.
 */
@ConfigMapping(prefix = "stance.extractors")
public interface ExtractorsConfig {
    /** The directory of plugin jars, when not {@code $STANCE_HOME/plugins}. */
    Optional<String> plugins();

    /** Each setting, by {@code NAME.KEY}. */
    Map<String, String> setting();
}
