package org.notegarden.commerce.internal.address;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.commerce.internal.order.CheckoutRules;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Problems;

/**
 * A buyer's addresses: checked as checkout checks them, at most {@value #MAX} of them, exactly
 * one the default whenever there are any (the first one saved, or the one chosen; removing the
 * default passes it to the newest that is left).
 */
@ApplicationScoped
public class AddressBookService {
    static final int MAX = 20;

    AddressRepository addresses;
    Clock clock;

    @Inject
    public AddressBookService(AddressRepository addresses, Clock clock) {
        this.addresses = addresses;
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected AddressBookService() {
    }

    public List<SavedAddress> of(long ownerId) {
        return addresses.of(ownerId);
    }

    @Transactional
    public SavedAddress add(long ownerId, CheckoutRules.ShipTo to, boolean makeDefault) {
        CheckoutRules.ShipTo valid = checked(to);
        List<SavedAddress> mine = addresses.of(ownerId);
        if (mine.size() >= MAX) {
            throw Problems.invalid("addresses", CommerceMessages.AT_MOST_N_SAVED_ADDRESSES, String.valueOf(MAX));
        }
        SavedAddress a = new SavedAddress(ownerId, valid, clock.instant());
        addresses.add(a);
        if (makeDefault || mine.isEmpty()) {
            mine.forEach(x -> x.makeDefault(false));
            a.makeDefault(true);
        }
        return a;
    }

    @Transactional
    public SavedAddress change(long ownerId, long id, CheckoutRules.ShipTo to) {
        CheckoutRules.ShipTo valid = checked(to);
        SavedAddress a = mine(ownerId, id);
        a.change(valid);
        return a;
    }

    @Transactional
    public void makeDefault(long ownerId, long id) {
        SavedAddress chosen = mine(ownerId, id);
        addresses.of(ownerId).forEach(x -> x.makeDefault(x == chosen));
    }

    @Transactional
    public void remove(long ownerId, long id) {
        SavedAddress a = mine(ownerId, id);
        addresses.remove(a);
        if (a.isDefault()) {
            addresses.of(ownerId).stream().filter(x -> x != a).findFirst().ifPresent(x -> x.makeDefault(true));
        }
    }

    private SavedAddress mine(long ownerId, long id) {
        return addresses.ofOwner(ownerId, id)
                .orElseThrow(() -> Problems.notFound("addressId", CommerceMessages.ADDRESS_N_DOES_NOT_EXIST, String.valueOf(id)));
    }

    private static CheckoutRules.ShipTo checked(CheckoutRules.ShipTo to) {
        List<FieldError> errors = new ArrayList<>();
        CheckoutRules.ShipTo valid = CheckoutRules.address(to, "address", errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return valid;
    }
}
