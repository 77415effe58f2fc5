using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Team.Domain;

internal sealed class SalesTeam : AggregateRoot
{
    public SalesTeam(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    private SalesTeam()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public string? Description { get; private set; }
}
