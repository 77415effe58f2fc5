namespace SalesSuite.SharedKernel.Data;

/// <summary>A statement in a provider's own dialect and its parameters (<c>{0}</c>, <c>{1}</c>...), sent as it is (raw SQL).</summary>
public sealed record RawSql(string Sql, params object[] Parameters);
