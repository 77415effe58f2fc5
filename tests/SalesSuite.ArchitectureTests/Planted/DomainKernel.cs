using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.ArchitectureTests.Planted.DomainKernel;

/// <summary>Violation for the kernel's domain primitives: an EF Core type.</summary>
internal static class UsesEfCore
{
    public static Type Context => typeof(DbContext);
}

/// <summary>Violation for the kernel's domain primitives: a GraphQL type.</summary>
internal static class UsesGraphQL
{
    public static FieldType Field(string name) => new() { Name = name };
}

/// <summary>Violation for the kernel's domain primitives: an ASP.NET Core type.</summary>
internal static class UsesAspNetCore
{
    public static string? Path(HttpContext http) => http.Request.Path.Value;
}

/// <summary>Allowed: the kernel's own primitives.</summary>
internal static class UsesOnlyPrimitives
{
    public static AppException NotFound(TenantInfo tenant) => new(ErrorCodes.NotFound, $"Nothing of {tenant.Id} here.");
}
