package org.johnschool.billing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.johnschool.billing.application.Cashier;
import org.johnschool.billing.application.FeeAssessments;
import org.johnschool.billing.application.FeeAssessments.TierInput;
import org.johnschool.billing.application.FeeItems;
import org.johnschool.billing.application.FeeItems.ItemRequest;
import org.johnschool.billing.application.FeeItems.ItemView;
import org.johnschool.billing.application.FeeReports;
import org.johnschool.billing.domain.Allocation.Share;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.platform.BusinessException;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.web.Messages;

/**
 * Admins' fee settings (admin/fees.xhtml): the base fee, the sliding scale (one tier per line:
 * "income limit, per extra person, fee") and the allocation shares (one fund per line: "fund = share").
 */
@Named
@ViewScoped
public class FeeSettingsBacking implements Serializable {

  @Inject CurrentStaff staff;
  @Inject Cashier cashier;
  @Inject FeeAssessments assessments;
  @Inject FeeReports reports;
  @Inject FeeItems feeItems;

  /** A fee item as the admin edits it in its table row. */
  public static class ItemRow implements Serializable {
    private final long id;
    private String name;
    private String amount;
    private boolean atEnrollment;
    private final boolean retired;

    ItemRow(ItemView v) {
      this.id = v.id();
      this.name = v.name();
      this.amount = v.amount();
      this.atEnrollment = v.chargedAtEnrollment();
      this.retired = v.retired();
    }

    public long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getAmount() {
      return amount;
    }

    public void setAmount(String amount) {
      this.amount = amount;
    }

    public boolean isAtEnrollment() {
      return atEnrollment;
    }

    public void setAtEnrollment(boolean atEnrollment) {
      this.atEnrollment = atEnrollment;
    }

    public boolean isRetired() {
      return retired;
    }
  }

  private List<ItemRow> items = new ArrayList<>();
  private String newItemName;
  private String newItemAmount;
  private boolean newItemAtEnrollment;

  private String baseFee;
  private String largestPayment;
  private String adjustmentLimit;
  private String tiers;
  private String shares;

  @PostConstruct
  void load() {
    baseFee = cashier.baseFee(staff.scope()).toString();
    Cashier.Limits limits = cashier.limits(staff.scope());
    largestPayment = limits.largestPayment().toString();
    adjustmentLimit = limits.adjustmentLimit().toString();
    tiers = assessments.tiers(staff.scope()).stream().map(t -> t.incomeLimit() + ", " + t.perPerson() + ", " + t.fee())
        .collect(Collectors.joining("\n"));
    shares = reports.shares(staff.scope()).stream().map(s -> s.fund() + " = " + s.share().stripTrailingZeros().toPlainString())
        .collect(Collectors.joining("\n"));
    loadItems();
  }

  private void loadItems() {
    items = new ArrayList<>(feeItems.list(staff.scope()).stream().map(ItemRow::new).toList());
  }

  public void addItem() {
    try {
      feeItems.add(staff.scope(), new ItemRequest(newItemName, newItemAmount, newItemAtEnrollment, false));
      Messages.info("common.saved");
      newItemName = null;
      newItemAmount = null;
      newItemAtEnrollment = false;
      loadItems();
    } catch (BusinessException e) {
      Messages.refused(e, field -> switch (field) {
        case "name" -> "newItemForm:newItemName";
        case "amount" -> "newItemForm:newItemAmount";
        default -> null;
      });
    }
  }

  public void saveItem(ItemRow row) {
    changeItem(row, null);
  }

  public void retireItem(ItemRow row) {
    changeItem(row, !row.isRetired());
  }

  private void changeItem(ItemRow row, Boolean retired) {
    try {
      feeItems.change(staff.scope(), row.getId(), new ItemRequest(row.getName(), row.getAmount(), row.isAtEnrollment(), retired));
      Messages.info("common.saved");
      loadItems();
    } catch (BusinessException e) {
      Messages.refused(e, field -> null);
    }
  }

  public List<ItemRow> getItems() {
    return items;
  }

  public String getNewItemName() {
    return newItemName;
  }

  public void setNewItemName(String newItemName) {
    this.newItemName = newItemName;
  }

  public String getNewItemAmount() {
    return newItemAmount;
  }

  public void setNewItemAmount(String newItemAmount) {
    this.newItemAmount = newItemAmount;
  }

  public boolean isNewItemAtEnrollment() {
    return newItemAtEnrollment;
  }

  public void setNewItemAtEnrollment(boolean newItemAtEnrollment) {
    this.newItemAtEnrollment = newItemAtEnrollment;
  }

  public void saveBaseFee() {
    try {
      cashier.changeSchedule(staff.scope(), baseFee, largestPayment, adjustmentLimit);
      Messages.info("common.saved");
    } catch (BusinessException e) {
      Messages.refused(e, field -> "baseFeeForm:" + field);
    }
  }

  public void saveTiers() {
    try {
      List<TierInput> inputs = new ArrayList<>();
      String[] lines = tiers == null ? new String[0] : tiers.split("\\r?\\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        String[] parts = lines[i].split(",");
        if (parts.length != 3) {
          throw new InvalidInputException("tiers", Phrase.of("feeSettings.tierLine", i + 1));
        }
        inputs.add(new TierInput(parts[0].trim(), parts[1].trim(), parts[2].trim()));
      }
      assessments.changeTiers(staff.scope(), inputs);
      Messages.info("common.saved");
    } catch (BusinessException e) {
      Messages.refused(e, field -> "tiersForm:tiers");
    }
  }

  public void saveShares() {
    try {
      List<Share> list = new ArrayList<>();
      String[] lines = shares == null ? new String[0] : shares.split("\\r?\\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        int eq = lines[i].lastIndexOf('=');
        try {
          list.add(new Share(lines[i].substring(0, Math.max(eq, 0)).trim(), new BigDecimal(lines[i].substring(eq + 1).trim())));
        } catch (NumberFormatException | StringIndexOutOfBoundsException ex) {
          throw new InvalidInputException("shares", Phrase.of("feeSettings.shareLine", i + 1));
        }
      }
      reports.changeShares(staff.scope(), list);
      Messages.info("common.saved");
    } catch (BusinessException e) {
      Messages.refused(e, field -> "sharesForm:shares");
    }
  }

  public String getBaseFee() {
    return baseFee;
  }

  public void setBaseFee(String baseFee) {
    this.baseFee = baseFee;
  }

  public String getLargestPayment() {
    return largestPayment;
  }

  public void setLargestPayment(String largestPayment) {
    this.largestPayment = largestPayment;
  }

  public String getAdjustmentLimit() {
    return adjustmentLimit;
  }

  public void setAdjustmentLimit(String adjustmentLimit) {
    this.adjustmentLimit = adjustmentLimit;
  }

  public String getTiers() {
    return tiers;
  }

  public void setTiers(String tiers) {
    this.tiers = tiers;
  }

  public String getShares() {
    return shares;
  }

  public void setShares(String shares) {
    this.shares = shares;
  }
}
