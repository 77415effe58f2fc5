using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>Small helpers to build <see cref="FieldType"/>s for schema slices.</summary>
public static class Fields
{
    public static FieldType Create(string name, IGraphType type, Func<IResolveFieldContext, Task<object?>> resolve, string? description = null,
        QueryArguments? arguments = null) =>
        new()
        {
            Name = name,
            ResolvedType = type,
            Description = description,
            Arguments = arguments,
            Resolver = new FuncFieldResolver<object?>(ctx => new ValueTask<object?>(resolve(ctx))),
        };

    public static FieldType Create<TGraphType>(string name, Func<IResolveFieldContext, Task<object?>> resolve, string? description = null,
        QueryArguments? arguments = null)
        where TGraphType : IGraphType =>
        new()
        {
            Name = name,
            Type = typeof(TGraphType),
            Description = description,
            Arguments = arguments,
            Resolver = new FuncFieldResolver<object?>(ctx => new ValueTask<object?>(resolve(ctx))),
        };

    /// <summary>
    /// As <see cref="Create(string, IGraphType, Func{IResolveFieldContext, Task{object?}}, string?, QueryArguments?)"/>, with a service of the
    /// request injected into the resolver (what GraphQL.NET's <c>Resolve().WithService&lt;T&gt;()</c> does for a field builder). The service
    /// comes from the request's own scope, never a new one: a new scope would not know the request's tenant or access grant.
    /// </summary>
    public static FieldType CreateWith<TService>(string name, IGraphType type, Func<IResolveFieldContext, TService, Task<object?>> resolve,
        string? description = null, QueryArguments? arguments = null)
        where TService : notnull =>
        Create(name, type, ctx => resolve(ctx, ctx.RequestServices!.GetRequiredService<TService>()), description, arguments);

    /// <summary>As <see cref="CreateWith{TService}"/> with two services of the request.</summary>
    public static FieldType CreateWith<TService1, TService2>(string name, IGraphType type, Func<IResolveFieldContext, TService1, TService2,
        Task<object?>> resolve, string? description = null, QueryArguments? arguments = null)
        where TService1 : notnull
        where TService2 : notnull =>
        Create(name, type, ctx => resolve(ctx, ctx.RequestServices!.GetRequiredService<TService1>(), ctx.RequestServices!.GetRequiredService<TService2>()),
            description, arguments);

    /// <summary>A mutation field with one required <c>input</c> argument of <typeparamref name="TInputType"/>.</summary>
    public static FieldType Mutation<TInputType, TPayloadType>(string name, Func<IResolveFieldContext, Task<object?>> resolve, string description)
        where TInputType : IInputObjectGraphType
        where TPayloadType : IGraphType =>
        Create<TPayloadType>(name, resolve, description, new QueryArguments(new QueryArgument<NonNullGraphType<TInputType>> { Name = "input" }));

    /// <summary>A field read from its source object (result types built at composition time).</summary>
    public static FieldType Read(string name, IGraphType type, Func<object, object?> read, string? description = null) =>
        new() { Name = name, ResolvedType = type, Description = description, Resolver = new FuncFieldResolver<object?>(ctx => read(ctx.Source!)) };

    /// <summary>A field that returns a deferred, batched value (see <see cref="BatchLoaders"/>).</summary>
    public static FieldType Batched(string name, IGraphType type, Func<IResolveFieldContext, global::GraphQL.DataLoader.IDataLoaderResult> resolve,
        string? description = null, QueryArguments? arguments = null) =>
        new()
        {
            Name = name,
            ResolvedType = type,
            Description = description,
            Arguments = arguments,
            Resolver = new FuncFieldResolver<object?>(ctx => resolve(ctx)),
        };
}
