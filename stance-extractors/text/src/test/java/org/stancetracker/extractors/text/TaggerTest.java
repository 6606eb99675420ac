package org.stancetracker.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.StringUtil;
import org.junit.jupiter.api.Test;

/**
 * The tagger computes the model's features itself, a word's own ones once per word, for speed: they
 * must be exactly the features the model's own generator makes, or the tags would drift from the
 * model's. Checked word by word over every article in {@code db/samples}.
 */
class TaggerTest {
    @Test
    void the_features_are_the_model_generators_own_on_every_word_of_the_samples() throws IOException {
        Path samples = Path.of(System.getProperty("stance.samples.dir"));
        Tagger tagger = Tagger.shared();
        POSContextGenerator generator = tagger.modelContextGenerator();
        SentenceSplitter splitter = new SentenceSplitter();
        int words = 0;
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file);
                for (Sentence sentence : splitter.split(text)) {
                    List<int[]> spans = Tokenizer.spans(text, sentence.start(), sentence.end());
                    Token[] tokens = tagger.tag(text, spans);
                    String[] raw = new String[tokens.length];
                    String[] lower = new String[tokens.length];
                    String[] tags = new String[tokens.length];
                    for (int i = 0; i < tokens.length; i++) {
                        raw[i] = tokens[i].text().replace('’', '\'');
                        lower[i] = StringUtil.toLowerCase(raw[i]);
                        tags[i] = tokens[i].tag();
                    }
                    for (int i = 0; i < tokens.length; i++) {
                        List<String> ours = new ArrayList<>(Tagger.ownFeatures(raw[i]));
                        ours.addAll(Tagger.contextFeatures(lower, tags, i));
                        assertThat(ours)
                                .as("features of '%s' in %s", raw[i], file.getFileName())
                                .containsExactlyInAnyOrderElementsOf(
                                        Arrays.asList(generator.getContext(i, raw, tags, null)));
                        words++;
                    }
                }
            }
        }
        assertThat(words).as("words checked").isGreaterThan(10_000);
    }
}
