package com.infusionbilling.runtime.rest;

import com.infusionbilling.runtime.command.AssignTenantMember;
import com.infusionbilling.runtime.command.CreateTenant;
import com.infusionbilling.runtime.command.DeleteTenant;
import com.infusionbilling.runtime.command.Tenants;
import com.infusionbilling.runtime.command.UnassignTenantMember;
import com.infusionbilling.runtime.command.UpdateTenant;
import io.camunda.client.protocol.rest.SearchQueryPageResponse;
import io.camunda.client.protocol.rest.TenantClientResult;
import io.camunda.client.protocol.rest.TenantClientSearchResult;
import io.camunda.client.protocol.rest.TenantCreateRequest;
import io.camunda.client.protocol.rest.TenantCreateResult;
import io.camunda.client.protocol.rest.TenantResult;
import io.camunda.client.protocol.rest.TenantSearchQueryRequest;
import io.camunda.client.protocol.rest.TenantSearchQueryResult;
import io.camunda.client.protocol.rest.TenantUpdateRequest;
import io.camunda.client.protocol.rest.TenantUpdateResult;
import io.camunda.client.protocol.rest.TenantUserResult;
import io.camunda.client.protocol.rest.TenantUserSearchResult;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tenants in the REST API v2 (docs.camunda.io "Tenant" endpoints): create, get, update, delete and
 * search tenants, and assign users and clients to them, as the client's {@code
 * newCreateTenantCommand}, {@code newAssignUserToTenantCommand} and friends send them.
 */
@RestController
@RequestMapping("/v2/tenants")
public class TenantController {

  private static final Tenants.MemberType USER = Tenants.MemberType.USER;
  private static final Tenants.MemberType CLIENT = Tenants.MemberType.CLIENT;

  private final Tenants tenants;

  public TenantController(Tenants tenants) {
    this.tenants = tenants;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public TenantCreateResult create(@RequestBody TenantCreateRequest request) {
    Tenants.Tenant tenant =
        tenants.create(
            new CreateTenant(request.getTenantId(), request.getName(), request.getDescription()));
    return new TenantCreateResult()
        .tenantId(tenant.tenantId())
        .name(tenant.name())
        .description(tenant.description());
  }

  @GetMapping("/{tenantId}")
  public TenantResult get(@PathVariable String tenantId) {
    return result(tenants.get(tenantId));
  }

  @PutMapping("/{tenantId}")
  public TenantUpdateResult update(
      @PathVariable String tenantId, @RequestBody TenantUpdateRequest request) {
    Tenants.Tenant tenant =
        tenants.update(new UpdateTenant(tenantId, request.getName(), request.getDescription()));
    return new TenantUpdateResult()
        .tenantId(tenant.tenantId())
        .name(tenant.name())
        .description(tenant.description());
  }

  @DeleteMapping("/{tenantId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void delete(@PathVariable String tenantId) {
    tenants.delete(new DeleteTenant(tenantId));
  }

  @PostMapping("/search")
  public TenantSearchQueryResult search(
      @RequestBody(required = false) TenantSearchQueryRequest request) {
    var filter = request == null ? null : request.getFilter();
    List<TenantResult> items =
        tenants
            .search(
                filter == null ? null : filter.getTenantId(),
                filter == null ? null : filter.getName())
            .stream()
            .map(TenantController::result)
            .toList();
    return new TenantSearchQueryResult().items(items).page(page(items.size()));
  }

  @PutMapping("/{tenantId}/users/{username}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void assignUser(@PathVariable String tenantId, @PathVariable String username) {
    tenants.assign(new AssignTenantMember(tenantId, USER, username));
  }

  @DeleteMapping("/{tenantId}/users/{username}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void unassignUser(@PathVariable String tenantId, @PathVariable String username) {
    tenants.unassign(new UnassignTenantMember(tenantId, USER, username));
  }

  @PostMapping("/{tenantId}/users/search")
  public TenantUserSearchResult users(@PathVariable String tenantId) {
    List<TenantUserResult> items =
        tenants.members(tenantId, USER).stream()
            .map(user -> new TenantUserResult().username(user))
            .toList();
    return new TenantUserSearchResult().items(items).page(page(items.size()));
  }

  @PutMapping("/{tenantId}/clients/{clientId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void assignClient(@PathVariable String tenantId, @PathVariable String clientId) {
    tenants.assign(new AssignTenantMember(tenantId, CLIENT, clientId));
  }

  @DeleteMapping("/{tenantId}/clients/{clientId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void unassignClient(@PathVariable String tenantId, @PathVariable String clientId) {
    tenants.unassign(new UnassignTenantMember(tenantId, CLIENT, clientId));
  }

  @PostMapping("/{tenantId}/clients/search")
  public TenantClientSearchResult clients(@PathVariable String tenantId) {
    List<TenantClientResult> items =
        tenants.members(tenantId, CLIENT).stream()
            .map(client -> new TenantClientResult().clientId(client))
            .toList();
    return new TenantClientSearchResult().items(items).page(page(items.size()));
  }

  private static TenantResult result(Tenants.Tenant tenant) {
    return new TenantResult()
        .tenantId(tenant.tenantId())
        .name(tenant.name())
        .description(tenant.description());
  }

  private static SearchQueryPageResponse page(int total) {
    return new SearchQueryPageResponse().totalItems((long) total);
  }
}
