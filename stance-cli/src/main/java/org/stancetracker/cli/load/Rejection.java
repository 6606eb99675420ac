package org.stancetracker.cli.load;

/** An input that was not loaded: where it is and why. */
public record Rejection(String location, String reason) {
    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
