using Mapster;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.UpdateCustomer;

/// <summary>updateCustomer's rules: the details sent are checked as createCustomer checks them; a kind cannot be cleared.</summary>
internal static class UpdateCustomerValidator
{
    /// <summary>The details to apply; throws VALIDATION listing every problem.</summary>
    public static CustomerDetails Check(UpdateCustomerInput input, Classifications classifications)
    {
        var validator = new Validator();
        if (input.Name.HasValue)
        {
            validator.Required("name", input.Name.Value, 200);
        }

        var kind = input.Kind.HasValue ? input.Kind.Value ?? throw AppException.Invalid("kind", "cannot be cleared.") : (CustomerKind?)null;
        var details = input.Adapt<CustomerDetailsEdit>(CustomersMapping.Config).Check(validator, classifications);
        validator.ThrowIfInvalid();
        return details with { Name = input.Name.Or(null), Kind = kind };
    }
}
