package org.johnschool.billing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.johnschool.billing.domain.FeeItem;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.ConflictException;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.NotFoundException;

/** The separate items of a program's fee schedule: listed for coordinators, kept by admins. */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class FeeItems {

  /** An item as pages and the API show it. */
  public record ItemView(long id, String name, String amount, boolean chargedAtEnrollment, boolean retired) implements java.io.Serializable {
    static ItemView of(FeeItem item) {
      return new ItemView(item.getId(), item.getName(), item.getAmount().toString(), item.isChargedAtEnrollment(), item.isRetired());
    }
  }

  /** What an admin sends to add or change an item. */
  public record ItemRequest(String name, String amount, Boolean chargedAtEnrollment, Boolean retired) {}

  @PersistenceContext EntityManager em;

  public List<ItemView> list(StaffScope scope) {
    return items(scope.programId()).stream().map(ItemView::of).toList();
  }

  /** The program's items in force, in name order. */
  public List<FeeItem> active(StaffScope scope) {
    return items(scope.programId()).stream().filter(i -> !i.isRetired()).toList();
  }

  public FeeItem find(StaffScope scope, long itemId) {
    FeeItem item = em.find(FeeItem.class, itemId);
    if (item == null || item.getProgramId() != scope.programId()) {
      throw new NotFoundException("No fee item " + itemId + ".");
    }
    return item;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public ItemView add(StaffScope scope, ItemRequest request) {
    ItemRequest r = request == null ? new ItemRequest(null, null, null, null) : request;
    FeeItem item = new FeeItem(scope.programId(), r.name(), r.amount(), Boolean.TRUE.equals(r.chargedAtEnrollment()));
    requireUniqueName(scope, item.getName(), null);
    em.persist(item);
    em.flush();
    return ItemView.of(item);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public ItemView change(StaffScope scope, long itemId, ItemRequest request) {
    FeeItem item = find(scope, itemId);
    ItemRequest r = request == null ? new ItemRequest(null, null, null, null) : request;
    if (r.name() != null) {
      requireUniqueName(scope, r.name().trim(), item.getId()); // before the change: the query would flush it
    }
    item.change(r.name(), r.amount(), r.chargedAtEnrollment() == null ? item.isChargedAtEnrollment() : r.chargedAtEnrollment());
    if (Boolean.TRUE.equals(r.retired())) {
      item.retire();
    } else if (Boolean.FALSE.equals(r.retired())) {
      item.restore();
    }
    em.flush();
    return ItemView.of(item);
  }

  private void requireUniqueName(StaffScope scope, String name, Long self) {
    items(scope.programId()).stream().filter(i -> i.getName().equalsIgnoreCase(name) && !i.getId().equals(self)).findFirst()
        .ifPresent(i -> {
          throw new ConflictException(Phrase.of("feeItem.name.taken", i.getName()), i.getId());
        });
  }

  private List<FeeItem> items(long programId) {
    return em.createQuery("select i from FeeItem i where i.programId = :p order by lower(i.name)", FeeItem.class).setParameter("p", programId)
        .getResultList();
  }
}
