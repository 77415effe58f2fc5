using SalesSuite.Modules.Permissions.Api;
using SalesSuite.Modules.Permissions.Features.DefineRole;
using SalesSuite.Modules.Permissions.Features.ExplainAccess;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Tests;

/// <summary>The Permissions features' rules on their inputs, without a database or GraphQL.</summary>
public sealed class PermissionsValidatorTests
{
    private static readonly IReadOnlyList<string> Deniable = ["Contact.phone", "Opportunity.amount"];

    [Fact]
    public void A_role_has_a_plain_name_and_bounded_lists()
    {
        DefineRoleValidator.Check(new DefineRoleInput { Name = "no-amounts_2", Permissions = ["customers.read"], Scope = RecordScope.Own }, Deniable);

        var error = Assert.Throws<AppException>(() => DefineRoleValidator.Check(
            new DefineRoleInput { Name = "with space", Permissions = [new string('p', 65)], DeniedFields = ["phone"] }, Deniable));

        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Equal(
            [
                new FieldError("name", "may hold letters, digits, '-' and '_' only."),
                new FieldError("permissions", "must hold at most 100 names of 1 to 64 characters."),
                new FieldError("deniedFields", "must hold at most 100 fields written as Type.field, e.g. Contact.phone."),
            ],
            error.FieldErrors);
    }

    [Fact]
    public void A_role_may_be_denied_only_the_deniable_fields_when_the_host_names_them()
    {
        var input = new DefineRoleInput { Name = "r", Permissions = [], DeniedFields = ["Contact.phone", "Customer.name"] };

        DefineRoleValidator.Check(input, null);
        var error = Assert.Throws<AppException>(() => DefineRoleValidator.Check(input, Deniable));

        Assert.Equal(
            [new FieldError("deniedFields", "Customer.name cannot be denied; the fields a role can be denied are Contact.phone, Opportunity.amount.")],
            error.FieldErrors);
    }

    [Fact]
    public void A_role_needs_a_name()
    {
        var error = Assert.Throws<AppException>(() => DefineRoleValidator.Check(new DefineRoleInput { Permissions = [] }, null));

        Assert.Equal(["name"], error.FieldErrors.Select(e => e.Field));
    }

    [Fact]
    public void An_assignment_names_a_user_and_a_role_of_up_to_64_characters()
    {
        RoleAssignmentValidator.Check(new RoleAssignmentInput { UserId = "erin", Role = "rep" });

        var error = Assert.Throws<AppException>(() => RoleAssignmentValidator.Check(new RoleAssignmentInput { Role = new string('r', 65) }));

        Assert.Equal(["userId", "role"], error.FieldErrors.Select(e => e.Field));
    }

    [Fact]
    public void An_explanation_takes_at_most_100_token_roles_of_1_to_64_characters()
    {
        ExplainAccessValidator.Check(null);
        ExplainAccessValidator.Check(["rep"]);

        foreach (var roles in new[] { Enumerable.Repeat("rep", 101).ToList(), [string.Empty], [new string('r', 65)] })
        {
            var error = Assert.Throws<AppException>(() => ExplainAccessValidator.Check(roles));
            Assert.Equal("roles must hold at most 100 role names of 1 to 64 characters.", error.Message);
            Assert.Equal([new FieldError("roles", "must hold at most 100 role names of 1 to 64 characters.")], error.FieldErrors);
        }
    }
}
