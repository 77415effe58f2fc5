using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>Opens a module's DbContext from a resolver.</summary>
public static class ResolveFieldContextDb
{
    /// <summary>
    /// A new context that sees what the current user may see (<see cref="ModuleDbContextFactory{TContext}.Create"/>),
    /// from the request's <see cref="ModuleDbContextFactory{TContext}"/>. One per resolver, disposed by the caller:
    /// resolvers run in parallel and must never share a context.
    /// </summary>
    public static TContext Db<TContext>(this IResolveFieldContext ctx)
        where TContext : ModuleDbContext =>
        ctx.RequestServices!.GetRequiredService<ModuleDbContextFactory<TContext>>().Create();
}
