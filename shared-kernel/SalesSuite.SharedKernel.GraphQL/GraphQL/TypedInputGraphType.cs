using GraphQL;
using GraphQL.Types;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>
/// An input object type that binds its fields to one typed input record, once: <see cref="Bind"/> builds the record from the
/// parsed fields, and resolvers read it with <c>ctx.GetArgument&lt;TInput&gt;("input")</c>. The record's members need not mirror
/// the fields (an <see cref="Primitives.Optional{T}"/> for a field that may be left out), so no field is mapped to a CLR member
/// by GraphQL.NET itself.
/// </summary>
public abstract class TypedInputGraphType<TInput> : InputObjectGraphType<TInput>
    where TInput : class
{
    protected TypedInputGraphType(string name, string description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>Adds a field in schema order; returns it to set a description or a default.</summary>
    protected FieldType Input(string name, IGraphType type, string? description = null)
    {
        var field = AddField(new FieldType { Name = name, ResolvedType = type, Description = description });
        field.NoClrMapping();
        return field;
    }

    /// <summary>
    /// Gives <paramref name="field"/> a type instance built at composition time and shared with other inputs (an address input, the
    /// <c>Upload</c> scalar): the schema lists a type where a field first reaches its instance, which a type reference would not do.
    /// </summary>
    public TypedInputGraphType<TInput> WithFieldType(string field, IGraphType type)
    {
        var target = GetField(field) ?? throw new InvalidOperationException($"{Name} has no field '{field}'.");
        target.ResolvedType = target.ResolvedType is NonNullGraphType ? new NonNullGraphType(type) : type;
        return this;
    }

    public sealed override object ParseDictionary(IDictionary<string, object?> value) => value is null ? null! : Bind(new InputValues(value));

    /// <summary>The typed input from the fields as sent.</summary>
    protected abstract TInput Bind(InputValues values);
}
