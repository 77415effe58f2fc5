using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>The shapes every module's mutations share: a payload object and the field that joins it to a typed input.</summary>
public static class SchemaBuilders
{
    /// <summary>A payload whose fields are non-null references to the changed objects, read from a dictionary result.</summary>
    public static ObjectGraphType Payload(string name, params (string Field, string TypeName)[] fields)
    {
        var type = new ObjectGraphType { Name = name };
        foreach (var (field, typeName) in fields)
        {
            type.AddField(new FieldType
            {
                Name = field,
                ResolvedType = new NonNullGraphType(new GraphQLTypeReference(typeName)),
                Resolver = new FuncFieldResolver<object?>(ctx => ((IDictionary<string, object?>)ctx.Source!)[field]),
            });
        }

        return type;
    }

    /// <summary>
    /// Adds <c>name(input: Input!): Payload!</c>: names the audit entry's operation, reads the input with <paramref name="read"/> and runs
    /// the scoped <typeparamref name="THandler"/>. A mutation whose input names no version (<paramref name="namesVersion"/>) is done again
    /// on fresh data, up to <see cref="MaxAttempts"/> times, when a row it changes was changed after it read it.
    /// </summary>
    internal static FieldType AddInputMutation<THandler, TInput>(this ISchemaSlice slice, string name, IInputObjectGraphType input, IGraphType payload,
        string description, Func<IResolveFieldContext, TInput> read, Func<TInput, bool> namesVersion,
        Func<THandler, TInput, CancellationToken, Task<Dictionary<string, object?>>> handle)
        where THandler : notnull
    {
        slice.AddType(input);
        var field = Fields.Create(
            name,
            new NonNullGraphType(payload),
            async ctx =>
            {
                ctx.RequestServices!.GetRequiredService<Audit.IAuditContext>().Operation = name;
                var typed = read(ctx);
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        return await handle(ctx.RequestServices!.GetRequiredService<THandler>(), typed, ctx.CancellationToken);
                    }
                    catch (Errors.StaleRecordException) when (attempt < MaxAttempts && !namesVersion(typed))
                    {
                        // The client named no version it read, and a row changed after this attempt read it (an event
                        // handler, another request or instance). Its save was rolled back whole: do it again on fresh data.
                    }
                }
            },
            description,
            new QueryArguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input" }));
        slice.AddMutationField(field);
        return field;
    }

    /// <summary>How often a mutation without a version runs when rows it changes are changed under it.</summary>
    private const int MaxAttempts = 3;

    /// <summary>Wraps one changed object as a payload dictionary.</summary>
    public static async Task<Dictionary<string, object?>> Payload<T>(string field, Task<T> change) => new() { [field] = await change };
}
