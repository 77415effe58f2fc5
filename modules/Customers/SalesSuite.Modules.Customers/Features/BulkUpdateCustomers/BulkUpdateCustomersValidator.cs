using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.BulkUpdateCustomers;

/// <summary>bulkUpdateCustomers' rules on the input alone (the rows are checked by the handler): ids, versions, a change to make.</summary>
internal static class BulkUpdateCustomersValidator
{
    /// <summary>The decoded ids and the tags to add as a customer keeps them; the problems go to <paramref name="validator"/>.</summary>
    public static (List<Guid> Ids, List<string> AddTags) Check(BulkUpdateCustomersInput input, Classifications classifications, Validator validator)
    {
        var ids = input.Ids.Select((id, i) => GlobalId.Decode(id, "Customer", $"ids[{i}]")).ToList();
        if (ids.Count == 0)
        {
            validator.Add("ids", "must name at least one customer.");
        }

        if (ids.Distinct().Count() != ids.Count)
        {
            validator.Add("ids", "names a customer more than once.");
        }

        if (input.Versions is { } versions && versions.Count != ids.Count)
        {
            validator.Add("versions", "must have one version for each id, in the same order.");
        }

        if (input.OwnerId.HasValue)
        {
            validator.Required("ownerId", input.OwnerId.Value, 64);
        }

        var addTags = Customer.KeepTags(validator, "addTags", input.AddTags);
        if (!input.OwnerId.HasValue && !input.Level.HasValue && addTags.Count == 0 && input.RemoveTags.Count == 0)
        {
            validator.Add("input", "changes nothing: send ownerId, level, addTags or removeTags.");
        }

        if (input.Level.HasValue)
        {
            classifications.CheckLevel(validator, "level", input.Level.Value);
        }

        return (ids, addTags);
    }
}
