package argus.cli;

/** A usage, configuration or input error: reported as one line on stderr, exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
