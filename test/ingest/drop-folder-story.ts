/** A short, plain news story for the drop folder to ingest. */
export const DROP_FOLDER_STORY = `Harbour ferry contract signed for ten more years

The harbour board signed a ten-year contract with the ferry operator on Monday, ending months of uncertainty for the island's commuters.

"This gives families on the island the certainty they have asked for," said board chair Nadia Osei.

The price of a return ticket will rise by 3 per cent in the first year, the board said.
`;
