using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Features.DefineRole;

/// <summary>A role of the tenant to create or redefine (built-in roles too).</summary>
internal sealed record DefineRoleInput : IVersionedInput
{
    public string? Name { get; init; }

    public long? Version { get; init; }

    public IReadOnlyList<string>? Permissions { get; init; }

    public RecordScope? Scope { get; init; }

    public IReadOnlyList<string>? DeniedFields { get; init; }
}
