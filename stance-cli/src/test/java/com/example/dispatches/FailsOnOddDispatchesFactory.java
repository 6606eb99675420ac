package com.example.dispatches;

import java.util.List;
import java.util.regex.Pattern;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.ReferenceData;

/**
 * A plugin for the CLI's tests, packed into a jar at test time: it throws on every article that ends
 * with an odd "Dispatch N.", and finds nothing in the others, so that which articles failed is known.
 */
public final class FailsOnOddDispatchesFactory implements ExtractorFactory {
    private static final Pattern ODD_DISPATCH = Pattern.compile("Dispatch \\d*[13579]\\.\\s*$");

    @Override
    public String name() {
        return "odd-dispatches";
    }

    @Override
    public Extractor create(ExtractorConfig config, ReferenceData referenceData) {
        return article -> {
            if (ODD_DISPATCH.matcher(article.text()).find()) {
                throw new IllegalStateException("an odd dispatch");
            }
            return List.of();
        };
    }
}
