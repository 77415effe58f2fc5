using SalesSuite.Modules.Customers.Domain;
using SalesSuite.Modules.Customers.Features.BulkUpdateCustomers;
using SalesSuite.Modules.Customers.Features.CreateCustomer;
using SalesSuite.Modules.Customers.Features.DefineCustomerLevel;
using SalesSuite.Modules.Customers.Features.LogInteraction;
using SalesSuite.Modules.Customers.Features.ReassignCustomers;
using SalesSuite.Modules.Customers.Features.UpdateCustomer;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Customers.Tests;

/// <summary>The use cases' rules on their typed inputs alone: no database, no GraphQL.</summary>
public sealed class CustomerValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    private static readonly Classifications Tenant = new(new HashSet<string> { "A", "B" }, new HashSet<string> { "Retail" });

    [Fact]
    public void A_new_customer_with_an_owner_sent_as_null_is_refused_but_one_left_out_gets_the_default_owner()
    {
        var refused = new Validator();
        Assert.Null(CreateCustomerValidator.Check(new CreateCustomerInput { Name = "Acme", OwnerId = Optional<string?>.Of(null) }, "alice", Tenant, refused));
        Assert.Equal(["ownerId"], refused.Errors.Select(e => e.Field));

        var customer = CreateCustomerValidator.Check(new CreateCustomerInput { Name = "Acme" }, "alice", Tenant, new Validator());
        Assert.Equal("alice", customer!.OwnerId);
    }

    [Fact]
    public void A_new_customer_reports_every_problem_under_its_input_path_in_input_order()
    {
        var validator = new Validator();
        var input = new CreateCustomerInput
        {
            Name = null,
            Level = "Z",
            Category = "Wholesale",
            Contacts = [new CreateCustomerContactInput { Name = "Ann" },
                new CreateCustomerContactInput { Name = Optional<string?>.Of(null), Title = new string('x', 101), Phone = "12" }],
        };

        Assert.Null(CreateCustomerValidator.Check(input, "alice", Tenant, validator));
        Assert.Equal(["name", "level", "category", "contacts[1].name", "contacts[1].title", "contacts[1].phone"], validator.Errors.Select(e => e.Field));
    }

    [Fact]
    public void An_update_cannot_clear_the_kind_but_may_leave_it_out()
    {
        var clear = Assert.Throws<AppException>(() =>
            UpdateCustomerValidator.Check(new UpdateCustomerInput { Kind = Optional<CustomerKind?>.Of(null) }, Tenant));
        Assert.Equal("kind", Assert.Single(clear.FieldErrors).Field);

        var details = UpdateCustomerValidator.Check(new UpdateCustomerInput { Industry = Optional<string?>.Of(null) }, Tenant);
        Assert.Null(details.Kind);
        Assert.Equal(new Change<string?>(null), details.Industry);
        Assert.Null(details.Region);
    }

    [Fact]
    public void An_interaction_may_not_lie_in_the_future_beyond_the_clock_skew_nor_have_a_follow_up_before_it()
    {
        Assert.Equal(Now, LogInteractionValidator.Check(new LogInteractionInput { Subject = "Call" }, Now));
        Assert.Equal(Now.AddMinutes(5), LogInteractionValidator.Check(new LogInteractionInput { Subject = "Call", OccurredAt = Now.AddMinutes(5) }, Now));

        var future = Assert.Throws<AppException>(() =>
            LogInteractionValidator.Check(new LogInteractionInput { Subject = "Call", OccurredAt = Now.AddMinutes(6) }, Now));
        Assert.Equal("occurredAt", Assert.Single(future.FieldErrors).Field);

        var early = Assert.Throws<AppException>(() =>
            LogInteractionValidator.Check(new LogInteractionInput { Subject = null, NextFollowUpAt = Now.AddDays(-1) }, Now));
        Assert.Equal(["subject", "nextFollowUpAt"], early.FieldErrors.Select(e => e.Field));
    }

    [Fact]
    public void Reassigning_needs_two_different_owners()
    {
        ReassignCustomersValidator.Check(new ReassignCustomersInput { FromOwnerId = "alice", ToOwnerId = "bob" });

        var same = Assert.Throws<AppException>(() =>
            ReassignCustomersValidator.Check(new ReassignCustomersInput { FromOwnerId = "alice", ToOwnerId = "alice" }));
        Assert.Equal("toOwnerId", Assert.Single(same.FieldErrors).Field);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void A_level_rank_lies_between_1_and_100(int rank, bool valid)
    {
        var input = new DefineCustomerLevelInput { Code = "A", Name = "Key account", Rank = rank };
        if (valid)
        {
            DefineCustomerLevelValidator.Check(input);
        }
        else
        {
            Assert.Equal("rank", Assert.Single(Assert.Throws<AppException>(() => DefineCustomerLevelValidator.Check(input)).FieldErrors).Field);
        }
    }

    [Fact]
    public void A_bulk_update_must_change_something_and_name_each_customer_once_with_one_version_each()
    {
        var id = SalesSuite.SharedKernel.GraphQL.GlobalId.Encode("Customer", Guid.NewGuid());
        var validator = new Validator();
        BulkUpdateCustomersValidator.Check(new BulkUpdateCustomersInput { Ids = [id, id], Versions = [1] }, Tenant, validator);
        Assert.Equal(["ids", "versions", "input"], validator.Errors.Select(e => e.Field));

        var fine = new Validator();
        var (ids, tags) = BulkUpdateCustomersValidator.Check(new BulkUpdateCustomersInput { Ids = [id], AddTags = [" vip ", "VIP"] }, Tenant, fine);
        Assert.True(fine.IsValid);
        Assert.Single(ids);
        Assert.Equal(["vip"], tags);
    }
}
