using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Features.CreateCustomer;

/// <summary>Creates a customer with its contacts; the Automation module's assignment rules (when it is on) pick an owner left out.</summary>
internal sealed class CreateCustomerHandler(
    ModuleDbContextFactory<CustomersDbContext> contexts, ICurrentUser user, IEnumerable<IAssignmentRules> assignmentRules)
{
    public async Task<Customer> HandleAsync(CreateCustomerInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var validator = new Validator();
        var draft = CreateCustomerValidator.Check(input, user.UserIdOrThrow, await db.LoadClassificationsAsync(ct), validator);
        validator.ThrowIfInvalid();
        var customer = draft!; // valid input makes a customer
        if (!input.OwnerId.HasValue && assignmentRules.FirstOrDefault() is { } rules
            && await rules.AssignAsync(new AssignmentRequest(AssignmentKind.Customer, customer.Id, customer.Region, customer.Level, customer.Source,
                string.Join(' ', new[] { customer.Category, customer.Industry }.OfType<string>())), ct) is { } decision)
        {
            customer.AssignTo(decision.OwnerId);
            db.AllowOwner(decision.OwnerId);
        }

        db.Customers.Add(customer);
        await db.SaveChangesAsync(ct);
        return customer;
    }
}
