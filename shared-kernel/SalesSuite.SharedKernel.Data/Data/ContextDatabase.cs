namespace SalesSuite.SharedKernel.Data;

/// <summary>What a module context's options say about its database, for <see cref="IDatabaseEngine.Use"/>.</summary>
/// <param name="ConnectionString">Prepared (<see cref="IDatabaseEngine.Prepare"/>) unless the context never connects.</param>
/// <param name="MigrationsAssembly">The name of the assembly that ships the context's migrations.</param>
/// <param name="HistoryTable">The module's migration history table, e.g. <c>__migrations_customers</c>.</param>
/// <param name="Schema">The module's schema: the history table's schema where the provider has schemas.</param>
/// <param name="CommandTimeoutSeconds">Null keeps the provider's default.</param>
public sealed record ContextDatabase(string ConnectionString, string MigrationsAssembly, string HistoryTable, string Schema, int? CommandTimeoutSeconds = null);
