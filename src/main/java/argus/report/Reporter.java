package argus.report;

import java.io.IOException;
import java.io.OutputStream;

/** One output format. Writes the whole report; never closes {@code out}. */
public interface Reporter {
    void write(Report report, OutputStream out) throws IOException;
}
