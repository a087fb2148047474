/** First-name lists: the gender of a person whom no honorific describes (pronoun resolution). */

/** Common first names, for gender when no honorific says it (pronoun resolution). */
export const MALE_NAMES = new Set(
  `Aaron Adam Adrian Alan Albert Alex Alexander Alfred Ali Andrew Andy Angus Anthony Antonio Arnold
  Arthur Barack Barry Ben Benjamin Bernard Bill Billy Bob Boris Brad Brian Bruce Carl Carlos Charles
  Charlie Chris Christopher Clive Colin Craig Dan Daniel Danny Darren David Dean Dennis Derek Des
  Devin Dick Digby Dmitry Don Donald Doug Douglas Duncan Ed Eddie Edward Eric Ernest Frank Fred
  Frederick Gary Gavin Geoff Geoffrey George Gerald Gerry Glenn Gordon Graham Greg Gregory Harold
  Harry Henry Howard Hugh Iain Ian Isaac Isaiah Ivan Jack Jacques James Jamie Jason Jeff Jeffrey
  Jeremy Jerry Jim Jimmy Joe John Johnny Jon Jonathan Jose Joseph Josh Juan Julian Justin Keith
  Ken Kenneth Kevin Kieran Kostas Larry Lee Len Leo Leonard Liam Louis Luke Malcolm Marcus Mario
  Mark Martin Matt Matthew Max Michael Mick Mike Mohammed Muhammad Neil Nick Nicholas Nigel Norman
  Oliver Omar Owen Patrick Paul Pete Peter Phil Philip Ralph Ray Raymond Richard Rick Rob Robbie
  Robert Roger Ron Ronald Roy Rupert Russell Ryan Sam Samuel Sanjay Scott Sean Sebastian Sergei
  Simon Stan Stephen Steve Steven Stuart Ted Terry Thomas Tim Timothy Tom Tommy Tony Trevor Victor
  Vince Vincent Vladimir Walter Wayne William Willie Yuri Zach Abdul Ahmed Alastair Alain Alberto
  Alec Alistair Andre Andreas Angelo Ashley Austin Barney Bernie Bertie Blake Bobby Boyd Bradley
  Brendan Brett Bryan Callum Calvin Cameron Carlo Cecil Chad Clarence Claude Clint Cliff Clifford
  Conor Cyril Dale Damian Damon Dante Darryl Dave Declan Denis Dermot Desmond Diego Dominic Duane
  Dylan Earl Edgar Edmund Eduardo Elliot Elton Emil Emmanuel Enrique Ewan Fabio Felix Fernando
  Fergus Francis Francisco Franco Franz Gareth Garry Gene Gerhard Gianni Gil Giovanni Giuseppe Glen
  Godfrey Gonzalo Grant Guy Hamish Hans Harvey Hassan Hector Herbert Horace Hugo Humphrey Igor Ivor
  Jake Jared Javier Jay Jean-Claude Jean-Pierre Jens Jeremiah Jesse Jesus Joel Jonah Jordan Jorge
  Juergen Jules Jurgen Karl Kelvin Kenny Khalid Kieron Kofi Kurt Lance Lars Laurence Lawrence Leon
  Leonardo Les Lewis Lionel Lloyd Lorenzo Lucas Luis Luigi Lyndon Magnus Manuel Marc Marco Mariano
  Marty Mathew Maurice Mel Micky Miguel Mikhail Miles Milton Mitchell Mohamed Morgan Murray Nathan
  Neville Niall Nicolas Noel Olaf Oscar Ossie Otto Pablo Pascal Pedro Percy Pierre Piers Rafael
  Ramon Randy Raul Reg Reginald Rex Rhys Ricardo Ricky Robin Rod Rodney Roland Romano Rory Ross
  Rowan Rudolf Rudy Rufus Rupert Salman Sandy Saul Seamus Sergio Seth Shane Shaun Sid Sidney
  Silvio Sol Spencer Stanley Stefan Steffen Sven Terence Theo Theodore Thierry Toby Todd Tony
  Travis Tristan Troy Tyler Ulrich Uwe Viktor Vijay Wade Warren Wesley Wilfred Will Wolfgang
  Xavier Yasser Yves Zoltan`.split(/\s+/),
);

export const FEMALE_NAMES = new Set(
  `Abigail Alice Alison Amanda Amy Andrea Angela Angelina Ann Anna Anne Annie Barbara Beth Betty
  Beverley Brenda Carol Caroline Catherine Charlotte Cheryl Christine Claire Clare Diana Diane
  Donna Dorothy Elaine Eleanor Elizabeth Ellen Emily Emma Fiona Frances Georgeta Gillian Gloria
  Hannah Harriet Hayley Heather Helen Hillary Irene Jacqueline Jane Janet Janice Jean Jennifer
  Jenny Jessica Jill Joan Joanna Joanne Josephine Joy Judith Judy Julia Julie Karen Kate Katherine
  Kathleen Kathryn Kathy Kelly Kim Kobita Laura Lauren Linda Lisa Liz Louise Lucy Lynn Maggie
  Margaret Maria Marie Marja Martha Mary Maureen Megan Melanie Michelle Nancy Natalie Nicola Nicole
  Olivia Patricia Paula Pauline Rachel Rebecca Rosie Ruth Sally Samantha Sandra Sarah Sharon
  Sheila Sophie Stephanie Sue Susan Tessa Theresa Tina Tracey Valerie Victoria Wendy Yvonne Zara
  Agnes Alexandra Alicia Amber Anita Anneka Antonia Audrey Bella Belinda Bernadette Bianca Bridget
  Britney Camilla Carla Carmen Carole Cassandra Cecilia Celia Chloe Cindy Clara Colleen Condoleezza
  Cynthia Daisy Daphne Davina Debbie Deborah Delia Denise Dido Dolly Dominique Edith Edwina
  Eileen Elena Elisabeth Ella Eloise Elsa Erica Esther Eva Evelyn Faith Felicity Florence Gabrielle
  Geraldine Germaine Gina Glenda Grace Gwen Gwyneth Harriet Hazel Heidi Helena Hermione Hilary Holly
  Imogen Ingrid Iris Isabel Isabella Ivy Jade Jan Jana Jemima Jo Jodie Judi Julianne Juliet June
  Justine Kara Katarina Kate Katerina Katharine Katie Kay Keira Kerry Kirsty Kylie Lara Leah
  Lena Leslie Lily Lindsay Liza Lorna Lorraine Lucia Lydia Lynda Lynne Mandy Marcia Margot Marian
  Marianne Marina Marion Marjorie Martina Matilda Maxine May Meryl Mia Mildred Millie Miranda Moira
  Molly Monica Muriel Nadia Naomi Natasha Nell Nicole Nigella Nina Nora Norma Olga Paloma Pamela
  Patsy Peggy Penelope Penny Petra Philippa Phoebe Phyllis Polly Priscilla Rita Roberta Rosa
  Rosalind Rose Rosemary Roxanne Sadie Sandra Sara Selina Serena Shirley Sienna Simone Sonia Stella
  Suzanne Svetlana Sybil Sylvia Tamara Tania Tanya Tara Teresa Thelma Tracy Ursula Vanessa Vera
  Veronica Viola Violet Virginia Vivienne Whitney Winifred Yoko Zadie Zoe`.split(/\s+/),
);
