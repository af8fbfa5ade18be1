package org.notegarden.community.internal.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator from configuration ({@code notegarden.admin.email},
 * {@code .handle}, {@code .password}) when no account has that handle yet. An existing account
 * is never touched, so leaving the settings in place cannot reset a password or a role later.
 */
@Singleton
@Startup
public class FirstAdmin {
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    AccountService accounts;
    @Inject
    @ConfigProperty(name = "notegarden.admin.email")
    Optional<String> email;
    @Inject
    @ConfigProperty(name = "notegarden.admin.handle", defaultValue = "gardener")
    String handle;
    @Inject
    @ConfigProperty(name = "notegarden.admin.password")
    Optional<String> password;

    /**
     * Outside a container transaction: the account service's own transactions commit or roll back
     * each step, so that a failure can be looked at afterwards. The nodes of a cluster deployed
     * together (a Payara Server deployment group starts them at once) all find no administrator
     * and all try; one succeeds, and for the others the account is then there, made by that node.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void createIfConfigured() {
        if (email.isEmpty() || password.isEmpty() || accounts.findByHandle(handle).isPresent()) {
            return;
        }
        try {
            Account admin = accounts.register(email.get(), password.get(), handle, "Notegarden admin");
            accounts.bootstrapAdmin(admin.getId());
            LOG.info(() -> "Created the first administrator @" + handle + " from configuration.");
        } catch (RuntimeException e) {
            if (accounts.findByHandle(handle).isEmpty()) {
                throw e;
            }
            LOG.info(() -> "The first administrator @" + handle + " was created by another node meanwhile.");
        }
    }
}
