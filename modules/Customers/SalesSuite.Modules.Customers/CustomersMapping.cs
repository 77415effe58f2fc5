using Mapster;
using SalesSuite.Modules.Customers.Api;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.Modules.Customers.Features.AddContact;
using SalesSuite.Modules.Customers.Features.CreateCustomer;
using SalesSuite.Modules.Customers.Features.UpdateContact;
using SalesSuite.Modules.Customers.Features.UpdateCustomer;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Customers;

/// <summary>
/// The Customers module's one Mapster configuration: typed inputs onto the domain's edit records (which the domain checks),
/// and customers onto the read shapes of the module's contracts. State changes are not mapped: they go through the
/// aggregate's methods. <c>CustomersMappingTests</c> compiles it, which fails on a destination member nothing fills.
/// </summary>
internal static class CustomersMapping
{
    public static TypeAdapterConfig Config { get; } = Create();

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };

        // A field left out stays left out: Optional values are copied as they are, never taken apart.
        config.NewConfig<Optional<string?>, Optional<string?>>().MapWith(o => o);
        config.NewConfig<Optional<bool?>, Optional<bool?>>().MapWith(o => o);
        config.NewConfig<Optional<IReadOnlyList<string>?>, Optional<IReadOnlyList<string>?>>().MapWith(o => o);
        config.NewConfig<Optional<AddressInput?>, Optional<IReadOnlyDictionary<string, string?>?>>().MapWith(o => AddressParts(o));

        config.NewConfig<CreateCustomerInput, CustomerDetailsEdit>();
        config.NewConfig<UpdateCustomerInput, CustomerDetailsEdit>();
        config.NewConfig<CreateCustomerContactInput, ContactEdit>();
        config.NewConfig<AddContactInput, ContactEdit>();
        config.NewConfig<UpdateContactInput, ContactEdit>();

        config.NewConfig<Customer, CustomerSummary>().MapToConstructor(true);
        return config;
    }

    private static Optional<IReadOnlyDictionary<string, string?>?> AddressParts(Optional<AddressInput?> address) =>
        address.HasValue ? Optional<IReadOnlyDictionary<string, string?>?>.Of(address.Value?.Parts()) : default;
}
