using SalesSuite.Host;

return await HostProgram.RunAsync(args);

/// <summary>The entry point; public so that integration tests can start the host (WebApplicationFactory).</summary>
public partial class Program;
