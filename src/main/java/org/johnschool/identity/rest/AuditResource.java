package org.johnschool.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.johnschool.identity.application.AuditTrail;
import org.johnschool.identity.application.AuditTrail.ChangeLine;
import org.johnschool.identity.application.AuditTrail.EventLine;
import org.johnschool.identity.application.AuditTrail.Filter;
import org.johnschool.identity.application.AuditTrail.Page;
import org.johnschool.identity.application.CurrentStaff;
import org.johnschool.identity.application.RevisionChanges;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.rest.QueryParams;

/** The program's audit trail for admins: read-only, and every search is itself recorded. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

  @Inject AuditTrail trail;
  @Inject RevisionChanges revisions;
  @Inject CurrentStaff staff;

  @GET
  @Path("/events")
  @Operation(summary = "Search security events (admin)", description = "Sign-ins and failures, lockouts, two-step sign-in, password "
      + "changes, exports, readings of sealed records, searches of this trail: {items:[{id, occurredAt, type, outcome, username, "
      + "sourceAddress, node, subject, detail}], page, size, total}, newest first. type: a SecurityEvent type; outcome: SUCCESS|FAILURE; "
      + "from/to: YYYY-MM-DD, both included; size 1-200 (default 50).")
  public Page<EventLine> events(@QueryParam("user") String user, @QueryParam("type") String type, @QueryParam("outcome") String outcome,
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return trail.events(staff.scope(), filter(user, type, outcome, from, to), page, size);
  }

  @GET
  @Path("/changes")
  @Operation(summary = "Search data changes (admin)", description = "Every transaction that changed records, by the program's staff: "
      + "{items:[{revision, at, username, sourceAddress, records:[kinds of records]}], page, size, total}, newest first. What each "
      + "one changed, field by field: GET /audit/changes/{revision}.")
  public Page<ChangeLine> changes(@QueryParam("user") String user, @QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
    return trail.changes(staff.scope(), filter(user, null, null, from, to), page, size);
  }

  @GET
  @Path("/changes/{revision}")
  @Operation(summary = "What one data change changed (admin)", description = "Field by field, from the audit tables: {revision, at, "
      + "username, sourceAddress, records:[{kind, id, change: ADD|MOD|DEL, fields:[{field, before, after, withheld}]}], recordCount}; at most "
      + RevisionChanges.MAX_RECORDS + " records (recordCount says how many). A field without a value on one side leaves "
      + "before or after out; a value withheld leaves both out and says why in withheld: SECRET (a credential) or SEALED (the "
      + "identity of a person with a sealed case). 404 for a change outside the program's trail. Recorded as AUDIT_READ.")
  public RevisionChanges.Detail change(@PathParam("revision") long revision) {
    return revisions.of(staff.scope(), revision);
  }

  private static Filter filter(String user, String type, String outcome, String from, String to) {
    return new Filter(user, type, outcome, QueryParams.date(from, "from", null), QueryParams.date(to, "to", null));
  }
}
