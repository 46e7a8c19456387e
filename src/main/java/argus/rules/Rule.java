package argus.rules;

/**
 * A check. Rules are stateless singletons with their metadata in {@link RuleInfo}; they read
 * facts the engine computed and report through a {@link FindingSink}, which stamps the rule
 * id, category, severity and file so that no rule can misattribute a finding.
 */
public interface Rule {
    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
        }
        return info;
    }

    default String id() {
        return info().id();
    }
}
