using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Customers.Features.DefineCustomerCategory;

internal sealed class DefineCustomerCategoryHandler(ModuleDbContextFactory<CustomersDbContext> contexts)
{
    public async Task<CustomerCategory> HandleAsync(DefineCustomerCategoryInput input, CancellationToken ct)
    {
        new Validator().Required("code", input.Code, 32).Required("name", input.Name, 100).ThrowIfInvalid();
        await using var db = contexts.Create();
        var category = await db.Categories.AsTracking().FirstOrDefaultAsync(l => l.Code == input.Code, ct);
        if (category is null)
        {
            category = new CustomerCategory { Code = input.Code! };
            db.Categories.Add(category);
        }

        category.Name = input.Name!;
        await db.SaveChangesAsync(ct);
        return category;
    }
}
