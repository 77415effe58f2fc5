using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>Opens a module's DbContext from a resolver: directly, or in the fetch of a batch loader.</summary>
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

    /// <summary>
    /// The request's batch loader called <paramref name="name"/> (see <see cref="BatchLoaders.Get{TKey, TValue}"/>); each batch
    /// runs <paramref name="fetch"/> on its own user-scoped context, disposed when the fetch ends.
    /// </summary>
    public static BatchLoader<TKey, TValue> Loader<TContext, TKey, TValue>(this IResolveFieldContext ctx, string name,
        Func<TContext, IReadOnlyList<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch)
        where TContext : ModuleDbContext
        where TKey : notnull =>
        ctx.RequestServices!.GetRequiredService<BatchLoaders>().Get(name, OnOwnContext(ctx.RequestServices!, fetch));

    /// <summary>As <see cref="Loader{TContext, TKey, TValue}"/> for the children of many parents (see
    /// <see cref="BatchLoaders.GetGrouped{TKey, TValue}"/>).</summary>
    public static BatchLoader<TKey, IReadOnlyList<TValue>> GroupedLoader<TContext, TKey, TValue>(this IResolveFieldContext ctx, string name,
        Func<TContext, IReadOnlyList<TKey>, CancellationToken, Task<List<TValue>>> fetch, Func<TValue, TKey> key)
        where TContext : ModuleDbContext
        where TKey : notnull =>
        ctx.RequestServices!.GetRequiredService<BatchLoaders>().GetGrouped(name, OnOwnContext(ctx.RequestServices!, fetch), key);

    /// <summary>
    /// A batch fetch that opens its user-scoped context when the batch runs. It keeps the request's services, not the
    /// resolver's context: the batch runs after the resolver that asked for it has returned.
    /// </summary>
    private static Func<IReadOnlyList<TKey>, CancellationToken, Task<TResult>> OnOwnContext<TContext, TKey, TResult>(IServiceProvider services,
        Func<TContext, IReadOnlyList<TKey>, CancellationToken, Task<TResult>> fetch)
        where TContext : ModuleDbContext =>
        async (ids, ct) =>
        {
            await using var db = services.GetRequiredService<ModuleDbContextFactory<TContext>>().Create();
            return await fetch(db, ids, ct);
        };
}
