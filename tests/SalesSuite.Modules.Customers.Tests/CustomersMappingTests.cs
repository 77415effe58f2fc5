using Mapster;
using SalesSuite.Modules.Customers.Api;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.Modules.Customers.Features.CreateCustomer;
using SalesSuite.Modules.Customers.Features.UpdateContact;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Customers.Tests;

/// <summary>The module's one Mapster configuration: complete (every destination member filled), and keeping "left out" apart from "null".</summary>
public sealed class CustomersMappingTests
{
    [Fact]
    public void The_configuration_compiles_with_every_destination_member_filled() => CustomersMapping.Config.Compile();

    [Fact]
    public void A_field_left_out_stays_left_out_and_one_sent_as_null_is_sent()
    {
        var input = new CreateCustomerInput { Name = "Acme", Level = Optional<string?>.Of(null), Address = new AddressInput { City = "Springfield" } };

        var edit = input.Adapt<CustomerDetailsEdit>(CustomersMapping.Config);

        Assert.True(edit.Level.HasValue);
        Assert.Null(edit.Level.Value);
        Assert.False(edit.Category.HasValue);
        Assert.False(edit.OwnerId.HasValue);
        Assert.Equal("Springfield", edit.Address.Value!["city"]);
        Assert.Null(edit.Address.Value!["line1"]);
    }

    [Fact]
    public void A_contact_change_keeps_what_it_leaves_out()
    {
        var input = new UpdateContactInput { Id = "x", Title = Optional<string?>.Of(null), IsPrimary = Optional<bool?>.Of(true) };

        var edit = input.Adapt<ContactEdit>(CustomersMapping.Config);

        Assert.False(edit.Name.HasValue);
        Assert.True(edit.Title.HasValue);
        Assert.True(edit.AsksPrimary());
    }
}
