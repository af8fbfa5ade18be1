package org.notegarden.compliance.internal.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** The languages a moderator reviews in; their default queues. */
@Entity
@Table(name = "cp_moderator")
public class Moderators {
    @Id
    @Column(name = "account_id")
    private long accountId;
    @Column(nullable = false)
    private String languages;

    protected Moderators() {
    }

    Moderators(long accountId, List<String> languages) {
        this.accountId = accountId;
        set(languages);
    }

    void set(List<String> langs) {
        this.languages = String.join(",", langs);
    }

    public List<String> languages() {
        return languages.isBlank() ? List.of() : Arrays.asList(languages.split(","));
    }
}
