using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace SalesSuite.ArchitectureTests.Planted.ImpureDomain.Domain;

/// <summary>Violation for a module's Domain: an EF Core type.</summary>
internal static class KnowsEfCore
{
    public static Type ContextType => typeof(DbContext);
}

/// <summary>Violation for a module's Domain: a GraphQL type.</summary>
internal static class KnowsGraphQL
{
    public static object? Argument(IResolveFieldContext context) => context.Arguments;
}

/// <summary>Violation for a module's Domain: an ASP.NET Core type.</summary>
internal static class KnowsAspNetCore
{
    public static string? Path(HttpContext context) => context.Request.Path.Value;
}

/// <summary>Allowed: plain .NET.</summary>
internal static class KnowsOnlyPlainDotNet
{
    public static DateTimeOffset Now(TimeProvider clock) => clock.GetUtcNow();
}
