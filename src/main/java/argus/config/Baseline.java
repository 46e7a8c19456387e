package argus.config;

import argus.diag.Finding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Known findings a project has accepted for now ({@code --set-baseline}, {@code --baseline}), keyed by
 * fingerprint (see {@code argus.report.Fingerprints}: rule, file, the finding's line text and its
 * occurrence, never a line number), so a baseline survives edits elsewhere in a file. Rule, file and
 * message are stored only for people reading or reviewing the file.
 * <p>The file is pretty JSON with a {@code version}, entries sorted by file, rule and fingerprint, so
 * that writing it again from the same findings gives the same bytes and a diff shows what changed.
 * Every problem is a {@link ConfigException} naming the file (exit code 2).
 */
public final class Baseline {
    public static final int VERSION = 1;
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file)
            .thenComparing(Entry::rule).thenComparing(Entry::fingerprint);

    public record Entry(String fingerprint, String rule, String file, String message) {
    }

    /**
     * @param fresh   findings the baseline does not know, in their order: these are reported
     * @param matched entries that matched a finding
     * @param stale   entries that matched none: fixed, or changed beyond recognition
     */
    public record Match(List<Finding> fresh, List<Entry> matched, List<Entry> stale) {
        public Match {
            fresh = List.copyOf(fresh);
            matched = List.copyOf(matched);
            stale = List.copyOf(stale);
        }
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        // One entry per fingerprint; the first wins, as the findings of a report come in report order.
        Map<String, Entry> unique = new LinkedHashMap<>();
        entries.forEach(e -> unique.putIfAbsent(e.fingerprint(), e));
        List<Entry> sorted = new ArrayList<>(unique.values());
        sorted.sort(ORDER);
        this.entries = List.copyOf(sorted);
    }

    /** @param fingerprints of {@code findings}, index for index ({@code Report.fingerprints()}) */
    public static Baseline of(List<Finding> findings, List<String> fingerprints) {
        checkSizes(findings, fingerprints);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            entries.add(new Entry(fingerprints.get(i), f.rule(), f.file(), f.message()));
        }
        return new Baseline(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** Splits findings into those the baseline knows and the new ones; each entry matches at most one finding. */
    public Match filter(List<Finding> findings, List<String> fingerprints) {
        checkSizes(findings, fingerprints);
        Map<String, Entry> open = new LinkedHashMap<>();
        entries.forEach(e -> open.put(e.fingerprint(), e));
        List<Finding> fresh = new ArrayList<>();
        List<Entry> matched = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Entry e = open.remove(fingerprints.get(i));
            if (e == null) {
                fresh.add(findings.get(i));
            } else {
                matched.add(e);
            }
        }
        matched.sort(ORDER);
        return new Match(fresh, matched, new ArrayList<>(open.values()));
    }

    /**
     * The baseline without the entries {@code match} found stale. It never adds: accepting a new
     * finding is a decision for {@code --set-baseline}, not a side effect of a run.
     */
    public Baseline update(Match match) {
        List<Entry> kept = new ArrayList<>(entries);
        kept.removeAll(match.stale());
        return new Baseline(kept);
    }

    public byte[] toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("version", VERSION);
        root.put("comment", "Findings accepted for now; argus reports only findings not listed here. "
                + "Regenerate with --set-baseline.");
        ArrayNode list = root.putArray("findings");
        for (Entry e : entries) {
            ObjectNode n = list.addObject();
            n.put("fingerprint", e.fingerprint());
            n.put("rule", e.rule());
            n.put("file", e.file());
            n.put("message", e.message());
        }
        return Json.pretty(root);
    }

    /** Writes the file whole or not at all: a crash halfway must not leave a baseline that hides nothing. */
    public void write(Path file) {
        Path target = file.toAbsolutePath().normalize();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.write(temp, toJson());
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ConfigException("cannot write the baseline " + target.getFileName() + ": " + reason(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Only a leftover temporary file; the message above (if any) is what matters.
                }
            }
        }
    }

    public static Baseline load(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String shown = ConfigException.shown(abs);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(abs);
        } catch (IOException e) {
            throw new ConfigException(shown + ": cannot read the baseline: " + reason(e), e);
        }
        return parse(Json.read(bytes, shown), abs);
    }

    private static Baseline parse(JsonNode root, Path file) {
        if (!root.isObject()) {
            throw new ConfigException(ConfigException.shown(file) + ": not an argus baseline: expected a JSON object");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber()) {
            throw ConfigException.at(file, "version", "missing: not an argus baseline (write one with --set-baseline)");
        }
        if (version.asInt() != VERSION) {
            throw ConfigException.at(file, "version", "version " + version + " is not supported (this argus reads "
                    + VERSION + "); write it again with --set-baseline");
        }
        JsonNode list = root.get("findings");
        if (list == null || !list.isArray()) {
            throw ConfigException.at(file, "findings", "must be an array");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String path = "findings[" + i + "]";
            if (!n.isObject()) {
                throw ConfigException.at(file, path, "must be an object");
            }
            JsonNode fp = n.get("fingerprint");
            if (fp == null || !fp.isTextual() || fp.asText().isBlank()) {
                throw ConfigException.at(file, path + ".fingerprint", "missing or not a string");
            }
            entries.add(new Entry(fp.asText(), text(n, "rule"), text(n, "file"), text(n, "message")));
        }
        return new Baseline(entries);
    }

    /** The human-readable fields: optional, since nothing but the fingerprint is matched. */
    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v != null && v.isValueNode() && !v.isNull() ? v.asText() : "";
    }

    private static void checkSizes(List<Finding> findings, List<String> fingerprints) {
        if (findings.size() != fingerprints.size()) {
            throw new IllegalArgumentException(findings.size() + " findings but " + fingerprints.size() + " fingerprints");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
    }
}
