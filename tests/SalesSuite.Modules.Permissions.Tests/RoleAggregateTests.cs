using SalesSuite.Modules.Permissions.Domain;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Tests;

/// <summary>A role's, an assignment's and the kept token roles' own rules, without a database or GraphQL.</summary>
public sealed class RoleAggregateTests
{
    [Fact]
    public void A_new_role_may_do_nothing_and_sees_only_its_own_records()
    {
        var role = new RoleDefinition("auditor");

        Assert.Equal("auditor", role.Name);
        Assert.Empty(role.Permissions);
        Assert.Equal(RecordScope.Own, role.Scope);
        Assert.Empty(role.DeniedFields);
    }

    [Fact]
    public void Defining_a_role_replaces_its_permissions_scope_and_denied_fields_each_named_once()
    {
        var role = new RoleDefinition("sales", ["customers.read", "customers.write"], RecordScope.Team, ["Contact.phone"]);

        role.Define(["audit.read", "customers.read", "audit.read"], RecordScope.Tenant, ["Opportunity.amount", "Opportunity.amount"]);

        Assert.Equal(["audit.read", "customers.read"], role.Permissions);
        Assert.Equal(RecordScope.Tenant, role.Scope);
        Assert.Equal(["Opportunity.amount"], role.DeniedFields);
    }

    [Fact]
    public void The_built_in_roles_are_admin_manager_rep_and_readonly()
    {
        Assert.Equal(["admin", "manager", "rep", "readonly"], BuiltInRoles.All.Select(r => r.Name));
        Assert.True(BuiltInRoles.IsBuiltIn("manager"));
        Assert.False(BuiltInRoles.IsBuiltIn("auditor"));
        Assert.Equal(RecordScope.Tenant, BuiltInRoles.All[0].Scope);
        Assert.Equal(RecordScope.Team, BuiltInRoles.All[1].Scope);
        Assert.Equal(RecordScope.Own, BuiltInRoles.All[2].Scope);
    }

    [Fact]
    public void An_assignment_names_a_user_and_a_role()
    {
        var assignment = new UserRole("erin", "auditor");

        Assert.Equal("erin", assignment.UserId);
        Assert.Equal("auditor", assignment.Role);
    }

    [Fact]
    public void Token_roles_are_kept_sorted_and_once_and_replaced_only_when_they_change()
    {
        var kept = new TokenRoles("erin", ["rep", "manager", "rep"]);
        Assert.Equal(["manager", "rep"], kept.Roles);

        Assert.False(kept.Replace(["rep", "manager"]));
        Assert.Equal(["manager", "rep"], kept.Roles);

        Assert.True(kept.Replace(["admin"]));
        Assert.Equal(["admin"], kept.Roles);
    }
}
