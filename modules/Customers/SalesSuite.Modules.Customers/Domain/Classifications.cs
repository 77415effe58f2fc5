using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Customers.Domain;

/// <summary>The tenant's customer level and category codes, read once per command (the import checks thousands of rows against them).</summary>
internal sealed record Classifications(IReadOnlySet<string> Levels, IReadOnlySet<string> Categories)
{
    public void CheckLevel(Validator validator, string field, string? level)
    {
        if (level is not null && !Levels.Contains(level))
        {
            validator.Add(field, $"'{level}' is not one of this tenant's customer levels.");
        }
    }

    public void CheckCategory(Validator validator, string field, string? category)
    {
        if (category is not null && !Categories.Contains(category))
        {
            validator.Add(field, $"'{category}' is not one of this tenant's customer categories.");
        }
    }
}
