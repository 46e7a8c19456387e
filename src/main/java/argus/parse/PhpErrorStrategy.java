package argus.parse;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/** ANTLR's recovery, with every report worded by {@link SyntaxErrors} at the offending token. */
final class PhpErrorStrategy extends DefaultErrorStrategy {
    private final SyntaxErrors errors;

    PhpErrorStrategy(SyntaxErrors errors) {
        this.errors = errors;
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
        if (e instanceof NoViableAltException || e instanceof InputMismatchException) {
            errors.unexpected(offending, e.getExpectedTokens(), recognizer.getVocabulary(), recognizer.getInputStream());
        } else {
            errors.unexpected(offending, null, recognizer.getVocabulary(), recognizer.getInputStream());
        }
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        errors.unexpected(recognizer.getCurrentToken(), getExpectedTokens(recognizer), recognizer.getVocabulary(),
                recognizer.getInputStream());
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        errors.unexpected(recognizer.getCurrentToken(), getExpectedTokens(recognizer), recognizer.getVocabulary(),
                recognizer.getInputStream());
    }
}
