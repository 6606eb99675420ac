package org.stancetracker.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the CLI prints for people to read, with every character that would act on the terminal instead
 * of showing shown as an escape ({@code \u001B}): control characters but the line break and the tab,
 * DEL, the C1 controls, and the marks that reorder text (bidirectional overrides and isolates).
 * Diagnostics repeat input (a rejected record's id, a date that could not be read, a file name), and a
 * record can hold an escape sequence that recolours, hides or rewrites what an operator sees.
 */
final class TerminalSafeWriter extends FilterWriter {
    TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (acts((char) c)) {
            out.write(String.format("\\u%04X", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        int from = offset;
        for (int i = offset; i < offset + length; i++) {
            if (acts(buffer[i])) {
                out.write(buffer, from, i - from);
                out.write(String.format("\\u%04X", (int) buffer[i]));
                from = i + 1;
            }
        }
        out.write(buffer, from, offset + length - from);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }

    static boolean acts(char c) {
        return (c < 0x20 && c != '\n' && c != '\t')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
